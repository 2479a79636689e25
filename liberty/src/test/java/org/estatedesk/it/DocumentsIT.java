package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The PDF documents through the API, read back with PDFBox: a payment's receipt (R4.4) with its number, the amount in
 * figures and in capital numerals, stamped 红冲 / 已冲红 after a reversal, 404 to another company; the written notice
 * of a DIFFICULT task (R1.5), 409 for a task of another tier; both with the CJK font embedded.
 */
class DocumentsIT {

    /** Keeps a copy beside the browser tests' screenshots, to look at. */
    private static void keep(String name, byte[] pdf) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfText pdf(String user, String path, String name) {
        Api.Download d = Api.download(user, path);
        keep(name, d.body());
        assertEquals(200, d.status(), d.text());
        assertEquals("application/pdf", d.contentType());
        assertTrue(new String(d.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        PdfText text = PdfText.of(d.body());
        assertTrue(text.allEmbedded() && !text.fonts().isEmpty(), "fonts embedded: " + text.fonts());
        assertTrue(text.fonts().stream().allMatch(f -> f.matches("[A-Z]{6}\\+.*")), "subsets: " + text.fonts());
        return text;
    }

    @Test
    void aReceiptShowsItsNumberTheAmountInFiguresAndInCapitalsAndItsReversal() {
        long estate = GivenEstates.freshEstate("RC", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, GivenBilling.PERIOD)))
                .getString("state"));
        Api.Reply paid = Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"123.45","method":"CASH","note":"前台收款"}""".formatted(unit));
        assertEquals(201, paid.status(), paid.body());
        long id = paid.json().getJsonNumber("id").longValue();
        String number = paid.json().getString("receiptNumber");

        PdfText receipt = pdf("finance", "/api/v1/payments/" + id + "/receipt", "receipt");
        for (String s : new String[] {"收款收据", "厦门鹭江物业", number, "123.45", "¥123.45", "壹佰贰拾叁元肆角伍分",
            GivenBilling.PERIOD.toString(), "生活垃圾处理费", "物业服务费", "15.00", "108.45", "现金",
            "前台收款", "收款人"}) {
            assertTrue(receipt.contains(s), s + " in:\n" + receipt.text());
        }
        assertFalse(receipt.contains("红冲"), receipt.text());
        // the same visibility as GET /payments/{id}: the front desk of the company sees it, another company does not
        assertEquals(200, Api.download("frontdesk", "/api/v1/payments/" + id + "/receipt").status());
        problem(Api.get("manager2", "/api/v1/payments/" + id), 404);
        problem(Api.download("manager2", "/api/v1/payments/" + id + "/receipt"), 404);
        problem(Api.download("frontdesk2", "/api/v1/payments/" + id + "/receipt"), 404);
        problem(Api.download("finance", "/api/v1/payments/999999999/receipt"), 404);

        Api.Reply reversal = Api.post("finance", "/api/v1/payments/" + id + "/reversal", "{\"reason\":\"收错房间\"}");
        assertEquals(201, reversal.status(), reversal.body());
        PdfText counter = pdf("finance", "/api/v1/payments/" + reversal.json().getJsonNumber("id") + "/receipt",
                "receipt-counter-entry");
        for (String s : new String[] {"红冲", reversal.json().getString("receiptNumber"), number, "收错房间",
            "-123.45", "负壹佰贰拾叁元肆角伍分"}) {
            assertTrue(counter.contains(s), s + " in:\n" + counter.text());
        }
        PdfText original = pdf("finance", "/api/v1/payments/" + id + "/receipt", "receipt-reversed");
        assertTrue(original.contains("已冲红"), original.text());
    }

    @Test
    void aDifficultTaskHasAWrittenNoticeAndOtherTasksAConflict() {
        long estate = GivenEstates.estateId("XM-HWHY");
        JsonObject rec = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,"location":"5 号楼地下车库","channel":"PHONE","callerName":"林先生",
                 "callerPhone":"13905920011","description":"车库墙面渗水开裂"}""".formatted(estate)).json();
        String tasks = "/api/v1/receptions/" + rec.getJsonNumber("id") + "/tasks";
        JsonObject difficult = Api.post("frontdesk", tasks, "{\"kind\":\"REPAIR\",\"categoryCode\":\"wall-crack\"}")
                .json();
        assertEquals("DIFFICULT", difficult.getString("tier"));
        JsonObject general = Api.post("frontdesk", tasks, """
                {"kind":"REPAIR","categoryCode":"street-light","tier":"GENERAL"}""").json();
        assertEquals("GENERAL", general.getString("tier"));

        PdfText notice = pdf("frontdesk", "/api/v1/tasks/" + difficult.getJsonNumber("id") + "/notice", "notice");
        String due = OffsetDateTime.parse(difficult.getString("dueAt")).atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                .toLocalDateTime().toString().replace('T', ' ').substring(0, 16);
        for (String s : new String[] {"处理时限告知书", "尊敬的 林先生", "5 号楼地下车库", "车库墙面渗水开裂",
            difficult.getString("number"), rec.getString("number"), due, "客户服务中心"}) {
            assertTrue(notice.contains(s), s + " in:\n" + notice.text());
        }
        Api.Download conflict = Api.download("frontdesk", "/api/v1/tasks/" + general.getJsonNumber("id") + "/notice");
        problem(conflict, 409);
        assertTrue(conflict.text().contains("error.task.noWrittenNotice"), conflict.text());
        problem(Api.download("frontdesk2", "/api/v1/tasks/" + difficult.getJsonNumber("id") + "/notice"), 404);
    }

    @Test
    void theOpenApiDocumentListsBothDocuments() {
        Api.Reply doc = Api.get(null, "/openapi");
        assertEquals(200, doc.status());
        assertTrue(doc.body().contains("/api/v1/payments/{id}/receipt"), "receipt in the OpenAPI document");
        assertTrue(doc.body().contains("/api/v1/tasks/{id}/notice"), "notice in the OpenAPI document");
        assertTrue(doc.body().contains("application/pdf"));
    }
    @Test
    void aDunningCasePrintsItsNoticeAndItsStopServiceNotice() {
        long estate = GivenEstates.freshEstate("DN", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        java.time.YearMonth old = GivenBilling.PERIOD.minusMonths(3);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, old))).getString("state"));
        Api.Reply issued = Api.post("finance", "/api/v1/dunning/cases", "{\"unitIds\":[" + unit + "]}");
        assertEquals(201, issued.status(), issued.body());
        long id = issued.json().getJsonArray("cases").getJsonObject(0).getJsonNumber("id").longValue();

        PdfText notice = pdf("finance", "/api/v1/dunning/cases/" + id + "/notice", "dunning-notice");
        for (String s : new String[] {"催费通知单", "厦门鹭江物业", "A-1-0101", old.toString(), "221.80", "¥221.80",
            "贰佰贰拾壹元捌角整", String.valueOf(id)}) {
            assertTrue(notice.contains(s), s + " in:\n" + notice.text());
        }
        String posted = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        GivenBilling.dunningContacts(id, java.time.LocalDate.parse(posted));
        assertEquals(201, Api.post("finance", "/api/v1/dunning/cases/" + id + "/steps", """
                {"kind":"STOP_NOTICE","doneOn":"%s"}""".formatted(posted)).status());
        PdfText stop = pdf("finance", "/api/v1/dunning/cases/" + id + "/notice?kind=STOP_NOTICE", "stop-service-notice");
        java.time.LocalDate from = java.time.LocalDate.parse(posted).plusDays(3);
        for (String s : new String[] {"停止服务通知", "A-1-0101", "221.80",
            from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日"}) {
            assertTrue(stop.contains(s), s + " in:\n" + stop.text());
        }
        problem(Api.download("manager2", "/api/v1/dunning/cases/" + id + "/notice"), 404);
        problem(Api.download("finance", "/api/v1/dunning/cases/" + id + "/notice?kind=VISIT"), 400);
        assertEquals(200, Api.post("manager", "/api/v1/dunning/cases/" + id + "/closing", """
                {"comment":"测试结案"}""").status());
        problem(Api.download("finance", "/api/v1/dunning/cases/" + id + "/notice"), 409);
    }
}
