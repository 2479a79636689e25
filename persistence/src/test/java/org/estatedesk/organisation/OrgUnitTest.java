package org.estatedesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class OrgUnitTest {
    private static OrgUnit stored(OrgUnit unit, long id) throws ReflectiveOperationException {
        Field f = OrgUnit.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(unit, id);
        unit.assignOwnCompany();
        return unit;
    }

    @Test
    void departmentsBelongToTheNearestCompany() throws ReflectiveOperationException {
        OrgUnit group = stored(OrgUnit.group("G", "集团", "Group"), 1);
        OrgUnit region = stored(group.addChild(OrgUnitKind.REGION, "R", "区域", null), 2);
        OrgUnit company = stored(region.addChild(OrgUnitKind.COMPANY, "C", "公司", null), 3);
        OrgUnit dept = stored(company.addChild(OrgUnitKind.DEPARTMENT, "D", "客服部", null), 4);
        OrgUnit team = stored(dept.addChild(OrgUnitKind.DEPARTMENT, "T", "前台组", null), 5);
        assertEquals(3L, company.getCompanyId());
        assertEquals(3L, dept.getCompanyId());
        assertEquals(3L, team.getCompanyId());
        assertEquals(4L, team.getParentId());
        assertTrue(company.isCompany());
    }

    @Test
    void aCompanyCannotHangBelowADepartmentNorARegionBelowACompany() throws ReflectiveOperationException {
        OrgUnit group = stored(OrgUnit.group("G", "集团", null), 1);
        OrgUnit company = stored(group.addChild(OrgUnitKind.COMPANY, "C", "公司", null), 2);
        OrgUnit dept = stored(company.addChild(OrgUnitKind.DEPARTMENT, "D", "部门", null), 3);
        assertThrows(RuleViolationException.class, () -> dept.addChild(OrgUnitKind.COMPANY, "X", "x", null));
        assertThrows(RuleViolationException.class, () -> company.addChild(OrgUnitKind.REGION, "Y", "y", null));
        assertThrows(RuleViolationException.class, () -> group.addChild(OrgUnitKind.GROUP, "Z", "z", null));
    }

    @Test
    void parametersValidateTheirType() {
        assertEquals("45", ParameterKey.SLA_GENERAL_MINUTES.validate(" 45 "));
        assertEquals("0.0005", ParameterKey.LATE_FEE_DAILY_RATE.validate("0.0005"));
        assertThrows(RuleViolationException.class, () -> ParameterKey.SLA_GENERAL_MINUTES.validate("1.5"));
        assertThrows(RuleViolationException.class, () -> ParameterKey.PASS_DEPOSIT.validate("-1"));
        assertThrows(RuleViolationException.class, () -> ParameterKey.PASS_DEPOSIT.validate("abc"));
        assertEquals("30", ParameterKey.SLA_GENERAL_MINUTES.defaultValue());
        assertEquals("50.00", ParameterKey.PASS_DEPOSIT.defaultValue());
    }
}
