package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data of the front line (issue 20): an owner of a fresh unit with an identity card number, a phone and a name
 * no other test uses, and around the unit a call split into a task, a one-off charge, a receipt, a key and a hot-water sealing form.
 */
final class GivenOwnerStory {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** What was made: ids, numbers and names to search for. */
    record Story(long estateId, long unitId, String unitCode, long ownerId, String name, String phone,
            String idNumber, long receptionId, long taskId, String taskNumber, long receiptId, String receiptNumber, long keyId,
            String keyTag, long sealingId, String sealingNumber) {
    }

    private GivenOwnerStory() {
    }

    /** A valid mainland identity card number (GB 11643-1999 checksum), born on a random day of 1950–1999. */
    static String idCardNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "350102%04d%02d%02d%03d".formatted(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }

    /** An owner of {@code user}'s company with a unique name, phone and identity number; returns his id. */
    static long owner(String user, String name, String phone, String idNumber) {
        return ok(Api.post(user, "/api/v1/owners", """
                {"kind":"PERSON","name":"%s","idType":"ID_CARD","idNumber":"%s","phone":"%s"}"""
                .formatted(name, idNumber, phone)), 201).getJsonNumber("id").longValue();
    }

    /** A unique phone number. */
    static String phone() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The whole story in the demo manager's company (Xiamen), registered by the front desk. */
    static Story story(String prefix) {
        String building = prefix + GivenEstates.unique().substring(0, 3);
        long estate = GivenEstates.freshEstate(prefix, 1, "RESIDENCE", building);
        Map<String, Long> units = GivenEstates.unitsByCode(estate);
        String code = building + "-1-0101";
        long unit = units.get(code);
        String name = "全景业主" + GivenEstates.unique();
        String phone = phone();
        String idNumber = idCardNumber();
        long owner = owner("frontdesk", name, phone, idNumber);
        ok(Api.post("frontdesk", "/api/v1/owners/" + owner + "/units", """
                {"unitId":%d,"relation":"OWNER"}""".formatted(unit)), 201);
        long reception = GivenServiceDesk.reception("frontdesk", estate, unit).getJsonNumber("id").longValue();
        JsonObject task = GivenServiceDesk.task("frontdesk", reception, """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        ok(Api.post("finance", "/api/v1/units/" + unit + "/charges", """
                {"description":"损坏单元门禁","lines":[{"item":"DAMAGE","amount":"150.00"}]}"""), 201);
        JsonObject receipt = ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"300.00","method":"CASH","prepaid":true}""".formatted(unit)), 201);
        String tag = "KEY-" + GivenEstates.unique();
        JsonObject key = ok(Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"OWNER_SECURITY_DOOR","tag":"%s","unitCode":"%s","location":"钥匙柜 A",
                 "quantity":2,"spare":false}""".formatted(estate, tag, code)), 201);
        JsonObject sealing = ok(Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"%s","applicantPhone":"%s","reason":"长期空置"}"""
                .formatted(unit, name, phone)), 201);
        return new Story(estate, unit, code, owner, name, phone, idNumber, reception, id(task), task.getString("number"),
                id(receipt), receipt.getString("receiptNumber"), id(key), tag, id(sealing),
                sealing.getString("agreementNumber"));
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
