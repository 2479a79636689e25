package org.estatedesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.estatedesk.approvals.ApprovalChain;
import org.estatedesk.archives.ArchiveAction;
import org.estatedesk.archives.ArchiveEvent;
import org.estatedesk.archives.ArchiveFile;
import org.estatedesk.archives.ArchiveItem;
import org.estatedesk.archives.ArchiveKind;
import org.estatedesk.archives.ArchiveRequirement;
import org.estatedesk.archives.DocumentType;
import org.estatedesk.billing.FeeBasis;
import org.estatedesk.billing.FeeItem;
import org.estatedesk.billing.FeeRate;
import org.estatedesk.billing.MeterKind;
import org.estatedesk.estates.Building;
import org.estatedesk.estates.Entrance;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitNumberPattern;
import org.estatedesk.estates.UnitState;
import org.estatedesk.estates.UnitType;
import org.estatedesk.keys.BorrowerKind;
import org.estatedesk.keys.EstateKey;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.keys.KeyLoan;
import org.estatedesk.organisation.Announcement;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrgUnitKind;
import org.estatedesk.owners.ChineseIdNumber;
import org.estatedesk.owners.IdType;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerKind;
import org.estatedesk.owners.Ownership;
import org.estatedesk.owners.OwnershipRelation;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.Passwords;
import org.estatedesk.security.UserScope;
import org.estatedesk.servicedesk.Channel;
import org.estatedesk.servicedesk.Department;
import org.estatedesk.servicedesk.Escalation;
import org.estatedesk.servicedesk.IssueCategory;
import org.estatedesk.servicedesk.Reception;
import org.estatedesk.servicedesk.SlaPolicy;
import org.estatedesk.servicedesk.SlaTier;
import org.estatedesk.servicedesk.StandardLibrary;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.servicedesk.TaskAction;
import org.estatedesk.servicedesk.TaskRepository;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.Roles;

/**
 * The demo group: a Xiamen and a Chongqing property company, two estates each, 5,504 units (residences, shops,
 * garages), owners with valid identity numbers for most residences, and the demo users of the README, all with
 * the password {@code demo}. Deterministic: the same data on every machine.
 */
@ApplicationScoped
public class DemoData {
    public static final String PASSWORD = "demo";

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;
    /**
     * The hash of {@link #PASSWORD} at today's cost ({@link Passwords#ITERATIONS}), made once and kept here: seeding
     * the demo users costs no PBKDF2 at start. The password is published, so its fixed salt hides nothing.
     */
    public static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:600000:eHjOxF7T3SohDRbX4p7HqH1OkSe7TZTwWFdjdtaMMbk=:"
            + "pqH/Meihq43UcsRB9xyPtjylqiUJs6ni70K8iz33sj0=";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "晓东", "海燕", "志强", "丹"};

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    TaskRepository tasks;

    private final Random random = new Random(20261123L);

    public String load() {
        OrgUnit group = OrgUnit.group("GROUP", "鹭江地产集团", "Lujiang Property Group");
        em.persist(group);
        em.flush();
        OrgUnit east = store(group.addChild(OrgUnitKind.REGION, "EAST", "华东区域", "East region"));
        OrgUnit west = store(group.addChild(OrgUnitKind.REGION, "WEST", "西南区域", "South-west region"));
        OrgUnit xm = store(east.addChild(OrgUnitKind.COMPANY, "XM", "厦门鹭江物业服务有限公司", "Xiamen Lujiang Property Services"));
        OrgUnit cq = store(west.addChild(OrgUnitKind.COMPANY, "CQ", "重庆鹭江物业服务有限公司", "Chongqing Lujiang Property Services"));
        OrgUnit xmCs = departments(xm, "XM");
        OrgUnit cqCs = departments(cq, "CQ");

        String hash = PASSWORD_HASH;
        user("admin", "系统管理员", hash, null, group.getId(), true, Set.of(Roles.ADMIN));
        user("manager", "陈经理 (客服经理)", hash, xm, xmCs.getId(), false, Set.of(Roles.CS_MANAGER));
        user("frontdesk", "林前台", hash, xm, xmCs.getId(), false, Set.of(Roles.FRONT_DESK));
        user("assistant", "黄助理", hash, xm, xmCs.getId(), false, Set.of(Roles.CS_ASSISTANT));
        user("engineer", "吴工程经理", hash, xm, xmCs.getId(), false, Set.of(Roles.ENGINEERING_MANAGER));
        user("tech", "郑师傅", hash, xm, xmCs.getId(), false, Set.of(Roles.TECHNICIAN));
        user("finance", "许收费员", hash, xm, xmCs.getId(), false, Set.of(Roles.FINANCE));
        user("archivist", "蔡档案员", hash, xm, xmCs.getId(), false, Set.of(Roles.ARCHIVE_KEEPER));
        user("inspector", "邱验房员", hash, xm, xmCs.getId(), false, Set.of(Roles.INSPECTOR));
        user("frontdesk2", "刘前台 (重庆)", hash, cq, cqCs.getId(), false, Set.of(Roles.FRONT_DESK));
        user("manager2", "杨经理 (重庆)", hash, cq, cqCs.getId(), false, Set.of(Roles.CS_MANAGER));

        int units = 0;
        int owners = 0;
        int[] counts = estate(xm, "XM-HWHY", "海湾花园", "厦门", "思明区环岛南路 88 号", "350203");
        units += counts[0];
        owners += counts[1];
        counts = estate(xm, "XM-GLY", "鼓浪苑", "厦门", "湖里区仙岳路 166 号", "350206");
        units += counts[0];
        owners += counts[1];
        counts = estate(cq, "CQ-SCMD", "山城名都", "重庆", "渝中区解放碑民族路 9 号", "500103");
        units += counts[0];
        owners += counts[1];
        counts = estate(cq, "CQ-JBXC", "江北新城", "重庆", "江北区北城天街 28 号", "500105");
        units += counts[0];
        owners += counts[1];

        OffsetDateTime now = OffsetDateTime.now(clock);
        StandardLibrary.install(xm.getId(), Map.of(), em::persist);
        StandardLibrary.install(cq.getId(), Map.of(), em::persist);
        int requests = serviceDesk(xm, "XM-HWHY", now);
        fees(xm, Map.of("XM-HWHY", "2.50", "XM-GLY", "2.20"));
        keysAndArchives(xm, "XM-HWHY", now);
        requiredDocuments(xm);
        requiredDocuments(cq);
        fees(cq, Map.of("CQ-SCMD", "1.80", "CQ-JBXC", "1.60"));
        em.persist(new Announcement(null, "欢迎使用 EstateDesk", "集团客服系统已上线。请各公司核对项目、楼栋、房间和业主资料。",
                null, "admin", now));
        em.persist(new Announcement(xm.getId(), "11 月消防演练通知", "海湾花园、鼓浪苑将于本月 28 日上午 10 点进行消防演练，请前台提前通知业主。",
                now.plusDays(30), "manager", now));
        em.persist(new Announcement(cq.getId(), "冬季供暖设备检修", "山城名都、江北新城公共管道检修，期间热水可能短时中断。",
                now.plusDays(20), "manager2", now));
        return "2 companies, 4 estates, " + units + " units, " + owners + " owners, 10 users, " + requests + " service-desk tasks";
    }

    /**
     * The fee catalogue of a company (R4.1) with this year's rates in its estates: property service fee by area
     * (the residential rate given per estate, shops at a higher one), parking, garbage collected on behalf of the
     * city, metered hot water.
     */
    private void fees(OrgUnit company, Map<String, String> residentialRates) {
        YearMonth from = YearMonth.of(2026, 1);
        FeeItem property = new FeeItem(company.getId(), "PROPERTY", "物业服务费", FeeBasis.AREA, null, false);
        FeeItem parking = new FeeItem(company.getId(), "PARKING", "车位管理费", FeeBasis.FIXED, null, false);
        FeeItem garbage = new FeeItem(company.getId(), "GARBAGE", "生活垃圾处理费（代收）", FeeBasis.FIXED, null, true);
        FeeItem hotWater = new FeeItem(company.getId(), "HOT_WATER", "热水费", FeeBasis.METERED, MeterKind.HOT_WATER,
                false);
        List.of(property, parking, garbage, hotWater).forEach(em::persist);
        residentialRates.forEach((code, rate) -> {
            long estate = em.createQuery("select e.id from Estate e where e.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult();
            em.persist(new FeeRate(property.getId(), estate, UnitType.RESIDENCE, new BigDecimal(rate), from));
            em.persist(new FeeRate(property.getId(), estate, UnitType.SHOP, new BigDecimal("5.80"), from));
            em.persist(new FeeRate(parking.getId(), estate, UnitType.GARAGE, new BigDecimal("150.00"), from));
            em.persist(new FeeRate(garbage.getId(), estate, UnitType.RESIDENCE, new BigDecimal("15.00"), from));
            em.persist(new FeeRate(garbage.getId(), estate, UnitType.SHOP, new BigDecimal("30.00"), from));
            em.persist(new FeeRate(hotWater.getId(), estate, UnitType.RESIDENCE, new BigDecimal("25.00"), from));
        });
    }

    /**
     * A morning's work at 海湾花园's front desk: calls split into tasks in every state, one overdue, one escalated
     * by repeats (R1.10), one completed and waiting for its callback.
     */
    private int serviceDesk(OrgUnit company, String estateCode, OffsetDateTime now) {
        Estate estate = em.createQuery("select e from Estate e where e.code = :c", Estate.class)
                .setParameter("c", estateCode).getSingleResult();
        List<Unit> someUnits = em.createQuery("select u from Unit u where u.estateId = :e and u.ownerId is not null"
                + " order by u.code", Unit.class).setParameter("e", estate.getId()).setMaxResults(8).getResultList();
        java.util.Map<String, IssueCategory> library = new java.util.HashMap<>();
        em.createQuery("select c from IssueCategory c where c.companyId = :c", IssueCategory.class)
                .setParameter("c", company.getId()).getResultList().forEach(c -> library.put(c.getCode(), c));
        java.time.Duration day = java.time.Duration.ofHours(24);
        java.time.Duration threeDays = java.time.Duration.ofDays(3);
        record Call(int unit, String category, String caller, String text, int minutesAgo, TaskAction[] actions) {
        }
        TaskAction[] none = {};
        List<Call> calls = List.of(
                new Call(0, "bathroom-leak", "业主", "卫生间地面渗水到楼下。", 20, none),
                new Call(1, "noise", "业主", "楼上夜间装修噪音。", 50, new TaskAction[] {TaskAction.ASSIGN}),
                new Call(2, "gas", "业主", "燃气灶点不着火。", 240, new TaskAction[] {TaskAction.ASSIGN, TaskAction.PLAN}),
                new Call(3, "water-pipe", "业主", "单元入户水管漏水。", 600, new TaskAction[] {TaskAction.ASSIGN,
                    TaskAction.PLAN, TaskAction.COMPLETE}),
                new Call(4, "fee-query", "业主", "询问物业费缴费方式。", 30, new TaskAction[] {TaskAction.ASSIGN,
                    TaskAction.COMPLETE, TaskAction.CLOSE}),
                new Call(5, "wall-crack", "业主", "客厅墙面出现裂缝，第三次报修。", 10, none));
        // a waterproofing contractor answers for 海湾花园's bathrooms until mid-2029 (R1.14): a leak there goes to him
        org.estatedesk.servicedesk.Contractor waterproofing = new org.estatedesk.servicedesk.Contractor(
                company.getId(), "鹭建防水工程有限公司", "郭工", "0592-5550101", "waterproofing@contractor.example.com");
        em.persist(waterproofing);
        em.persist(new org.estatedesk.servicedesk.ContractorScope(waterproofing.getId(), estate.getId(), null,
                library.get("waterproofing").getId(), LocalDate.of(2024, 6, 1), 60));
        if ("XM".equals(company.getCode())) {
            // the waterproofing contractor's site foreman works his defects himself (B2)
            user("foreman", "郭工 (鹭建防水)", PASSWORD_HASH, company, null, false, Set.of(Roles.CONTRACTOR),
                    waterproofing.getId());
        }
        // a hot issue gathering complaints (R1.12)
        em.persist(new org.estatedesk.servicedesk.ComplaintTopic(company.getId(), estate.getId(), "地下车库积水",
                "连续降雨后地下车库 B1 层积水，多户业主投诉。", "manager", now));
        // the CS assistant is the customer consultant (R1.9) of building 1's owners
        em.createQuery("update Owner o set o.consultant = 'assistant' where o.id in (select u.ownerId from Unit u"
                + " where u.estateId = :e and u.code like '1-%')").setParameter("e", estate.getId()).executeUpdate();
        int created = 0;
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            Unit unit = someUnits.get(call.unit());
            Owner owner = em.find(Owner.class, unit.getOwnerId());
            OffsetDateTime at = now.minusMinutes(call.minutesAgo());
            Reception r = new Reception(company.getId(), estate.getId(), unit.getId(), null, Channel.PHONE,
                    owner.getName(), owner.getPhone(), call.text(), "frontdesk", at);
            em.persist(r);
            IssueCategory category = library.get(call.category());
            // the cracked wall was reported twice before: the third report escalates (R1.10)
            int earlier = call.category().equals("wall-crack") ? 2 : 0;
            Escalation escalation = Escalation.assess(category.getDefaultKind(), earlier, 0);
            SlaTier tier = category.getDefaultTier();
            Task task = new Task(r, category.getDefaultKind(), null, category, category.getLocationKind(),
                    category.getDepartment(), tier, SlaPolicy.DEFAULT.dueAt(tier, at, null), false, escalation,
                    earlier, "frontdesk", null, at);
            em.persist(task);
            tasks.store(task.created());
            for (TaskAction action : call.actions()) {
                String assignee = task.getDepartment() == Department.ENGINEERING ? "tech" : "assistant";
                // a repair completes with its work order (R1.6): arrival, work done, the owner's sign-off
                org.estatedesk.servicedesk.WorkOrder order = action == TaskAction.COMPLETE
                        && task.getKind().workedOnSite() ? new org.estatedesk.servicedesk.WorkOrder(assignee,
                                at.plusMinutes(3), "更换入户阀门，试水无渗漏。", "阀门 DN20 一个", null, owner.getName())
                        : null;
                tasks.store(task.act(action, action == TaskAction.ASSIGN ? "manager" : assignee,
                        action == TaskAction.ASSIGN ? assignee : null, null, order, day, threeDays,
                        at.plusMinutes(5)));
            }
            r.follow(List.of(task.getState()));
            created++;
        }
        return created;
    }

    /**
     * 海湾花园's key store (R5.1) — owner keys of three units (one kept for rectification), a public door, the pump
     * room with its spare set; a mailbox key without a spare set; a loan overdue since yesterday and a contractor's
     * loan waiting for the manager — and its archives (R5.2): an owner's file, a unit file and a construction file.
     */
    private void keysAndArchives(OrgUnit company, String estateCode, OffsetDateTime now) {
        Estate estate = em.createQuery("select e from Estate e where e.code = :c", Estate.class)
                .setParameter("c", estateCode).getSingleResult();
        List<Unit> units = em.createQuery("select u from Unit u where u.estateId = :e and u.ownerId is not null"
                + " and u.code like '1-1-%' order by u.code", Unit.class).setParameter("e", estate.getId())
                .setMaxResults(3).getResultList();
        long c = company.getId();
        long e = estate.getId();
        List<EstateKey> keys = new ArrayList<>();
        for (Unit u : units) {
            keys.add(new EstateKey(c, e, KeyCategory.OWNER_SECURITY_DOOR, u.getCode() + "-FD", u.getId(), u.getCode(),
                    null, null, null, "钥匙柜 A-" + u.getFloor(), 2, false, "frontdesk", now));
            keys.add(new EstateKey(c, e, KeyCategory.OWNER_MAILBOX, u.getCode() + "-MB", u.getId(), u.getCode(), null,
                    null, null, "钥匙柜 B-1", 1, false, "frontdesk", now));
        }
        Unit first = units.get(0);
        keys.add(new EstateKey(c, e, KeyCategory.OWNER_SECURITY_DOOR, "SPARE-FD", first.getId(), first.getCode(), null,
                null, null, "应急钥匙柜", 1, true, "frontdesk", now));
        keys.add(new EstateKey(c, e, KeyCategory.PUBLIC_DOOR, "1#-1F-DOOR", null, null, "1", 1, null, "钥匙柜 C-1", 1,
                false, "frontdesk", now));
        keys.add(new EstateKey(c, e, KeyCategory.PUBLIC_DOOR, "SPARE-PD", null, null, "1", 1, null, "应急钥匙柜", 1,
                true, "frontdesk", now));
        keys.add(new EstateKey(c, e, KeyCategory.EQUIPMENT_ROOM, "PUMP-1", null, null, null, null, "水泵房", "工程部", 1,
                false, "frontdesk", now));
        keys.add(new EstateKey(c, e, KeyCategory.EQUIPMENT_ROOM, "SPARE-PUMP", null, null, null, null, "水泵房",
                "应急钥匙柜", 1, true, "frontdesk", now));
        keys.forEach(em::persist);
        em.flush();
        // the third unit's door key stays with us while its defects are rectified
        keys.get(4).holdForRectification();
        // the owner of the first unit borrowed his mailbox key two days ago; it was due back yesterday
        EstateKey mailbox = keys.get(1);
        Owner owner = em.find(Owner.class, first.getOwnerId());
        KeyLoan overdue = mailbox.lend(owner.getName(), BorrowerKind.OWNER, List.of(owner.getName()), "取信件",
                now.minusDays(1), null, true, "frontdesk", now.minusDays(2));
        em.persist(overdue);
        mailbox.loanStored(overdue);
        // a waterproofing contractor asks for the second unit's door key: it waits for the manager
        EstateKey door = keys.get(2);
        KeyLoan request = door.lend("鹭建防水 郭工", BorrowerKind.CONTRACTOR, List.of(), "卫生间防水返修",
                now.plusDays(1), null, false, "frontdesk", now.minusHours(1));
        em.persist(request);
        door.loanStored(request);
        em.persist(new ApprovalChain(KeyLoan.FORM_TYPE, request.getId(), 1, c, e, List.of(KeyLoan.APPROVAL), null,
                "frontdesk", now.minusHours(1)));

        ArchiveFile ownerFile = new ArchiveFile(c, e, ArchiveKind.OWNER, first.getId(), first.getCode(),
                first.getOwnerId(), "YZ-" + first.getCode(), owner.getName() + " 业主档案", "档案室 A 柜 1 层", "archivist",
                now);
        ArchiveFile unitFile = new ArchiveFile(c, e, ArchiveKind.UNIT, first.getId(), first.getCode(), null,
                "FW-" + first.getCode(), first.getCode() + " 房屋档案", "档案室 A 柜 2 层", "archivist", now);
        ArchiveFile construction = new ArchiveFile(c, e, ArchiveKind.CONSTRUCTION, null, null, null, "GC-1",
                "1 号楼竣工资料", "档案室 D 柜", "archivist", now);
        List.of(ownerFile, unitFile, construction).forEach(em::persist);
        em.flush();
        List<ArchiveItem> items = List.of(
                new ArchiveItem(ownerFile, DocumentType.PURCHASE_CONTRACT, "商品房买卖合同（复印件）", "A 柜 1 层 01 袋", null,
                        "archivist", now),
                new ArchiveItem(ownerFile, DocumentType.IDENTITY_COPY, "业主身份证复印件", "A 柜 1 层 01 袋",
                        LocalDate.now(clock.withZone(zones.zone())).minusMonths(1), "archivist", now),
                new ArchiveItem(ownerFile, DocumentType.MOVE_IN_FORM, "入伙手续单", "A 柜 1 层 01 袋", null, "archivist",
                        now),
                new ArchiveItem(unitFile, DocumentType.INSPECTION_FORM, "收楼验房单及整改单", "A 柜 2 层 01 袋", null,
                        "archivist", now),
                new ArchiveItem(construction, DocumentType.CONSTRUCTION_DRAWING, "1 号楼给排水竣工图", "D 柜 3 层", null,
                        "archivist", now));
        items.forEach(em::persist);
        em.flush();
        for (ArchiveItem i : items) {
            ArchiveFile f = i.getFileId().equals(ownerFile.getId()) ? ownerFile
                    : i.getFileId().equals(unitFile.getId()) ? unitFile : construction;
            em.persist(new ArchiveEvent(f, i.getId(), ArchiveAction.ADD_ITEM, "archivist",
                    i.getDocType() + " " + i.getTitle(), now));
        }
    }

    /** The documents a unit's file must hold per unit state (R5.2), DOMAIN.md's list; administrators edit it. */
    private void requiredDocuments(OrgUnit company) {
        List<DocumentType> handedOver = List.of(DocumentType.PURCHASE_CONTRACT, DocumentType.IDENTITY_COPY,
                DocumentType.MOVE_IN_FORM, DocumentType.INSPECTION_FORM);
        Map<UnitState, List<DocumentType>> required = Map.of(UnitState.HANDED_OVER, handedOver,
                UnitState.OCCUPIED, handedOver,
                UnitState.DECORATING, List.of(DocumentType.PURCHASE_CONTRACT, DocumentType.IDENTITY_COPY,
                        DocumentType.MOVE_IN_FORM, DocumentType.INSPECTION_FORM, DocumentType.DECORATION_FILE,
                        DocumentType.AGREEMENT),
                UnitState.LET, List.of(DocumentType.PURCHASE_CONTRACT, DocumentType.IDENTITY_COPY,
                        DocumentType.MOVE_IN_FORM, DocumentType.LEASE_CONTRACT));
        required.forEach((state, types) -> types.forEach(t -> em.persist(new ArchiveRequirement(company.getId(),
                state, t))));
    }

    private OrgUnit departments(OrgUnit company, String prefix) {
        OrgUnit cs = store(company.addChild(OrgUnitKind.DEPARTMENT, prefix + "-CS", "客户服务部", "Customer service"));
        store(company.addChild(OrgUnitKind.DEPARTMENT, prefix + "-ENG", "工程部", "Engineering"));
        store(company.addChild(OrgUnitKind.DEPARTMENT, prefix + "-SEC", "秩序部", "Security"));
        store(company.addChild(OrgUnitKind.DEPARTMENT, prefix + "-ENV", "环境部", "Environment"));
        store(company.addChild(OrgUnitKind.DEPARTMENT, prefix + "-FIN", "财务部", "Finance"));
        return cs;
    }

    private OrgUnit store(OrgUnit unit) {
        em.persist(unit);
        em.flush();
        unit.assignOwnCompany();
        return unit;
    }

    private void user(String name, String display, String hash, OrgUnit company, Long department, boolean groupAdmin,
            Set<String> roles) {
        user(name, display, hash, company, department, groupAdmin, roles, null);
    }

    private void user(String name, String display, String hash, OrgUnit company, Long department, boolean groupAdmin,
            Set<String> roles, Long contractorId) {
        AppUser u = new AppUser(name, display, hash, company == null ? null : company.getId(), department);
        // demo addresses: the service desk's notifications go to them (a local SMTP server receives them)
        u.describe(display, name + "@" + (company == null ? "group" : company.getCode().toLowerCase()) + ".example.com",
                null, department);
        u.grantRoles(roles);
        u.tieToContractor(contractorId);
        u.makeGroupAdmin(groupAdmin);
        em.persist(u);
        if (company != null) {
            em.persist(new UserScope(u.getId(), company.getId(), null));
        }
    }

    /** Nine residential buildings (2 entrances × 18 floors × 4 units), 20 shops and 60 garages: 1,376 units. */
    private int[] estate(OrgUnit company, String code, String name, String city, String address, String region) {
        Estate estate = new Estate(company.getId(), code, name, city, address);
        em.persist(estate);
        UnitNumberPattern pattern = new UnitNumberPattern(UnitNumberPattern.DEFAULT);
        List<Unit> units = new ArrayList<>();
        for (int b = 1; b <= 9; b++) {
            Building building = new Building(estate.getId(), Integer.toString(b), b + "号楼", 18);
            em.persist(building);
            for (int n = 1; n <= 2; n++) {
                Entrance entrance = new Entrance(building.getId(), Integer.toString(n), n + "单元");
                em.persist(entrance);
                for (int floor = 1; floor <= 18; floor++) {
                    for (int pos = 1; pos <= 4; pos++) {
                        BigDecimal area = new BigDecimal(pos % 2 == 0 ? "89.50" : "118.36");
                        units.add(new Unit(estate, building.getId(), entrance.getId(), floor,
                                pattern.format(building.getCode(), entrance.getCode(), floor, pos), UnitType.RESIDENCE,
                                area));
                    }
                }
            }
        }
        Building podium = new Building(estate.getId(), "S", "商业裙楼", 2);
        em.persist(podium);
        for (int i = 1; i <= 20; i++) {
            units.add(new Unit(estate, podium.getId(), null, 1, String.format("S-1%02d", i), UnitType.SHOP,
                    new BigDecimal("65.00").add(BigDecimal.valueOf(i))));
        }
        Building garage = new Building(estate.getId(), "G", "地下车库", 1);
        em.persist(garage);
        for (int i = 1; i <= 60; i++) {
            units.add(new Unit(estate, garage.getId(), null, 1, String.format("G-%03d", i), UnitType.GARAGE,
                    new BigDecimal("13.20")));
        }
        estate.unitsAdded(units.size());
        LocalDate handover = LocalDate.of(2019, 6, 1);
        int owners = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            em.persist(unit);
            if (unit.getType() != UnitType.GARAGE && random.nextInt(10) < 7) {
                Owner owner = new Owner(company.getId(), OwnerKind.PERSON, name(), IdType.ID_CARD, idNumber(region),
                        "13" + (500000000 + random.nextInt(499999999)));
                em.persist(owner);
                unit.ownedBy(owner.getId());
                em.persist(new Ownership(unit.getId(), owner.getId(), OwnershipRelation.OWNER, handover, null));
                owners++;
            }
            if (i % 200 == 199) {
                em.flush();
            }
        }
        em.flush();
        return new int[] {units.size(), owners};
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String idNumber(String region) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String body = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", random.nextInt(1000));
        return body + ChineseIdNumber.checkCharacter(body);
    }
}
