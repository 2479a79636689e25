package org.estatedesk.servicedesk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The issue standard library a company starts with (R1.11), following the dispatch scope of seed 001 (R1.3):
 * inside a unit → CS assistant; public areas → security, environment, finance; public facilities → engineering;
 * outside utilities → recorded and forwarded. Administrators change it per company afterwards.
 */
public final class StandardLibrary {
    /** One entry: a code, its parent's code (or null), names, and the defaults of {@link IssueCategory}. */
    public record Entry(String code, String parent, String nameZh, String nameEn, TaskKind kind, SlaTier tier,
            LocationKind location, Department department, Integer warrantyMonths) {
    }

    /** The category of the restore task that dunning hands to engineering when a stopped unit has paid (R4.6). */
    public static final String SERVICE_RESTORE = "service-restore";

    /** The engineering tasks of the forms (C3): stop and restore service for a decoration violation (R3.4), seal a
     * unit's hot water (R3.8). */
    public static final String DECORATION_STOP = "decoration-stop";
    public static final String DECORATION_RESTORE = "decoration-restore";
    public static final String HOT_WATER_SEAL = "hot-water-seal";

    public static final List<Entry> ENTRIES = List.of(
            new Entry("facilities", null, "公共设施", "Public facilities", TaskKind.REPAIR, SlaTier.COMPLEX,
                    LocationKind.PUBLIC_FACILITY, Department.ENGINEERING, null),
            new Entry("water-pipe", "facilities", "公共给排水管道", "Public water and drain pipes", TaskKind.REPAIR,
                    SlaTier.COMPLEX, LocationKind.PUBLIC_FACILITY, Department.ENGINEERING, 24),
            new Entry("hot-water-pipe", "facilities", "公共热水管道", "Public hot-water pipes", TaskKind.REPAIR,
                    SlaTier.COMPLEX, LocationKind.PUBLIC_FACILITY, Department.ENGINEERING, 24),
            new Entry("street-light", "facilities", "路灯、楼道灯", "Street and corridor lights", TaskKind.REPAIR,
                    SlaTier.GENERAL, LocationKind.PUBLIC_FACILITY, Department.ENGINEERING, 12),
            new Entry("meter-box", "facilities", "电表箱、配电房", "Meter boxes and substations", TaskKind.REPAIR,
                    SlaTier.COMPLEX, LocationKind.PUBLIC_FACILITY, Department.ENGINEERING, 24),
            new Entry("lift", "facilities", "电梯", "Lifts", TaskKind.REPAIR, SlaTier.GENERAL,
                    LocationKind.PUBLIC_FACILITY, Department.ENGINEERING, 24),
            new Entry("quality", null, "房屋质量", "Housing quality", TaskKind.REPAIR, SlaTier.DIFFICULT,
                    LocationKind.UNIT, Department.CS_ASSISTANT, 24),
            new Entry("waterproofing", "quality", "防水", "Waterproofing", TaskKind.REPAIR, SlaTier.DIFFICULT,
                    LocationKind.UNIT, Department.CS_ASSISTANT, 60),
            new Entry("bathroom-leak", "waterproofing", "卫生间渗漏", "Bathroom leak", TaskKind.REPAIR,
                    SlaTier.DIFFICULT, LocationKind.UNIT, Department.CS_ASSISTANT, 60),
            new Entry("wall-crack", "quality", "墙体开裂", "Cracked walls", TaskKind.REPAIR, SlaTier.DIFFICULT,
                    LocationKind.UNIT, Department.CS_ASSISTANT, 24),
            new Entry("living", null, "居家生活", "Daily living", TaskKind.REPAIR, SlaTier.GENERAL, LocationKind.UNIT,
                    Department.CS_ASSISTANT, null),
            new Entry("gas", "living", "燃气维修", "Gas repairs", TaskKind.REPAIR, SlaTier.GENERAL, LocationKind.UNIT,
                    Department.CS_ASSISTANT, null),
            new Entry("in-unit-repair", "living", "户内有偿维修", "Paid in-unit repairs", TaskKind.SPECIAL_SERVICE,
                    SlaTier.COMPLEX, LocationKind.UNIT, Department.ENGINEERING, null),
            new Entry("neighbours", null, "邻里纠纷", "Neighbour disputes", TaskKind.COMPLAINT, SlaTier.COMPLEX,
                    LocationKind.UNIT, Department.CS_ASSISTANT, null),
            new Entry("noise", "neighbours", "噪音", "Noise", TaskKind.COMPLAINT, SlaTier.COMPLEX, LocationKind.UNIT,
                    Department.CS_ASSISTANT, null),
            new Entry("neighbour-leak", "neighbours", "楼上渗水", "Leak from a neighbour", TaskKind.COMPLAINT,
                    SlaTier.COMPLEX, LocationKind.UNIT, Department.CS_ASSISTANT, null),
            new Entry("environment", null, "环境", "Environment", TaskKind.COMPLAINT, SlaTier.GENERAL,
                    LocationKind.PUBLIC_AREA, Department.ENVIRONMENT, null),
            new Entry("cleaning", "environment", "保洁", "Cleaning of buildings, grounds and shops", TaskKind.COMPLAINT,
                    SlaTier.GENERAL, LocationKind.PUBLIC_AREA, Department.ENVIRONMENT, null),
            new Entry("greening", "environment", "绿化", "Greening", TaskKind.REPAIR, SlaTier.COMPLEX,
                    LocationKind.PUBLIC_AREA, Department.ENVIRONMENT, null),
            new Entry("pest-control", "environment", "消杀", "Pest control", TaskKind.REPAIR, SlaTier.COMPLEX,
                    LocationKind.PUBLIC_AREA, Department.ENVIRONMENT, null),
            new Entry("order", null, "秩序", "Public order", TaskKind.COMPLAINT, SlaTier.GENERAL,
                    LocationKind.PUBLIC_AREA, Department.SECURITY, null),
            new Entry("access", "order", "人员车辆出入", "People and vehicle access", TaskKind.COMPLAINT,
                    SlaTier.GENERAL, LocationKind.PUBLIC_AREA, Department.SECURITY, null),
            new Entry("fire-safety", "order", "消防安全", "Fire safety", TaskKind.COMPLAINT, SlaTier.GENERAL,
                    LocationKind.PUBLIC_AREA, Department.SECURITY, null),
            new Entry("fees", null, "收费", "Fees", TaskKind.CONSULTATION, SlaTier.GENERAL, LocationKind.PUBLIC_AREA,
                    Department.FINANCE, null),
            new Entry("fee-query", "fees", "费用查询", "Fee queries", TaskKind.CONSULTATION, SlaTier.GENERAL,
                    LocationKind.PUBLIC_AREA, Department.FINANCE, null),
            new Entry(SERVICE_RESTORE, "fees", "欠费停止服务后恢复服务", "Restore service after arrears are paid",
                    TaskKind.SPECIAL_SERVICE, SlaTier.GENERAL, LocationKind.UNIT, Department.ENGINEERING, null),
            new Entry("forms", null, "表单作业", "Form work", TaskKind.SPECIAL_SERVICE, SlaTier.GENERAL,
                    LocationKind.UNIT, Department.ENGINEERING, null),
            new Entry(DECORATION_STOP, "forms", "违规装修停止服务", "Stop service for a decoration violation",
                    TaskKind.SPECIAL_SERVICE, SlaTier.GENERAL, LocationKind.UNIT, Department.ENGINEERING, null),
            new Entry(DECORATION_RESTORE, "forms", "违规装修整改后恢复服务", "Restore service after a violation was put right",
                    TaskKind.SPECIAL_SERVICE, SlaTier.GENERAL, LocationKind.UNIT, Department.ENGINEERING, null),
            new Entry(HOT_WATER_SEAL, "forms", "热水封堵", "Seal the hot water", TaskKind.SPECIAL_SERVICE,
                    SlaTier.COMPLEX, LocationKind.UNIT, Department.ENGINEERING, null),
            new Entry("outside", null, "外部单位", "Outside utilities", TaskKind.REPAIR, SlaTier.COMPLEX,
                    LocationKind.OUTSIDE, Department.EXTERNAL, null),
            new Entry("heating", "outside", "供暖", "Heating", TaskKind.REPAIR, SlaTier.COMPLEX, LocationKind.OUTSIDE,
                    Department.EXTERNAL, null),
            new Entry("broadband", "outside", "有线电视、宽带、电话", "Cable TV, broadband, phone", TaskKind.REPAIR,
                    SlaTier.COMPLEX, LocationKind.OUTSIDE, Department.EXTERNAL, null),
            new Entry("general", null, "咨询与建议", "Consultations and suggestions", TaskKind.CONSULTATION,
                    SlaTier.GENERAL, LocationKind.PUBLIC_AREA, Department.CS_ASSISTANT, null),
            new Entry("consultation", "general", "一般咨询", "General consultation", TaskKind.CONSULTATION,
                    SlaTier.GENERAL, LocationKind.PUBLIC_AREA, Department.CS_ASSISTANT, null),
            new Entry("suggestion", "general", "意见建议", "Suggestion", TaskKind.SUGGESTION, SlaTier.COMPLEX,
                    LocationKind.PUBLIC_AREA, Department.CS_ASSISTANT, null));

    private StandardLibrary() {
    }

    /**
     * Creates the entries a company's library lacks (by code), parents before children; {@code store} must give
     * each new category its id. Returns how many were created.
     */
    public static int install(long companyId, Map<String, IssueCategory> existing, Consumer<IssueCategory> store) {
        Map<String, IssueCategory> byCode = new HashMap<>(existing);
        int added = 0;
        for (Entry e : ENTRIES) {
            if (!byCode.containsKey(e.code())) {
                IssueCategory parent = e.parent() == null ? null : byCode.get(e.parent());
                IssueCategory c = new IssueCategory(companyId, parent == null ? null : parent.getId(), e.code(),
                        e.nameZh(), e.nameEn()).defaults(e.kind(), e.tier(), e.location(), e.department(),
                        e.warrantyMonths());
                store.accept(c);
                byCode.put(c.getCode(), c);
                added++;
            }
        }
        return added;
    }
}
