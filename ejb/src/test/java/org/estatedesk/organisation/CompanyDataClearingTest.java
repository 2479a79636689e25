package org.estatedesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How clearing a company's data reports what it removed: each table (and its audit table) under the part of the
 * data the page names.
 */
class CompanyDataClearingTest {
    private static void group(String expected, String... tables) {
        for (String table : tables) {
            assertEquals(expected, CompanyDataClearing.group(table), table);
        }
    }

    @Test
    void keysAreTheirOwnGroupAlthoughTheirTableStartsWithEstate() {
        group("keys", "estate_key", "estate_key_aud", "key_loan", "key_loan_attachment");
        group("estates", "estate", "estate_aud", "building", "entrance", "unit", "unit_aud", "shared_acceptance",
                "user_scope");
    }

    @Test
    void inspectionsAndDefectsAreHandovers() {
        group("handover", "inspection_batch", "inspection_unit", "defect", "defect_hop");
    }

    @Test
    void contractorsBelongToTheServiceDeskAndContractsToBilling() {
        group("servicedesk", "contractor", "task", "task_event", "reception", "callback", "compensation",
                "complaint", "notification");
        group("billing", "contract", "contract_aud", "bill", "bill_line", "billing_run", "payment", "payment_allocation", "deposit",
                "prepaid_account", "fee_item", "fee_rate", "dunning_case", "receipt_sequence", "meter_reading",
                "hot_water_sealing");
    }

    @Test
    void theFormsArchivesStatisticsAndSettingsHaveTheirGroups() {
        group("owners", "owner", "ownership", "owner_aud");
        group("forms", "decoration_application", "pass", "relocation");
        group("archives", "archive", "archive_borrow");
        group("statistics", "statistics_snapshot", "survey", "questionnaire", "work_log");
        group("settings", "business_parameter", "announcement", "holiday");
    }

    @Test
    void anyOtherTableIsTheJobs() {
        group("jobs", "job_run", "operation_log");
    }
}
