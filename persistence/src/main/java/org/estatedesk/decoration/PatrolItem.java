package org.estatedesk.decoration;

/**
 * The decoration patrol's checklist (装修巡查, R3.3; A–Z of the source's patrol instructions). A failed item that
 * {@linkplain #violation() is a violation} records one (R3.4); the others are reminders to the owner (inspection
 * openings, the waterproofing test), noted on the patrol only.
 */
public enum PatrolItem {
    /** A 是否办理入住手续 */
    OCCUPANCY_FORMALITIES(true),
    /** B 装修手续是否办理 */
    PERMIT(true),
    /** C 装修工人是否办理出入证 */
    WORKER_PASSES(true),
    /** D 消防器材是否准备 */
    FIRE_EXTINGUISHERS(true),
    /** E 装修材料是否合理堆放 */
    MATERIALS_STACKED(true),
    /** F 是否拆改房屋承重结构 */
    LOAD_BEARING_STRUCTURE(true),
    /** G 是否拆改排烟、风道 */
    FLUES(true),
    /** H 厨房、卫生间是否做二次防水 */
    SECOND_WATERPROOFING(true),
    /** I 是否扩大原有卫生间和厨房面积 */
    WET_ROOMS_ENLARGED(true),
    /** J 是否将厨房改到阳台 */
    KITCHEN_ON_BALCONY(true),
    /** K 室内拆改电线是否使用穿线管 */
    WIRES_IN_CONDUITS(true),
    /** L 是否拆改原有下水管道 */
    DRAINS(true),
    /** M 是否违规安装地热采暖设施 */
    FLOOR_HEATING(true),
    /** N 是否拆改原有门窗、扩大原有门窗尺寸 */
    DOORS_WINDOWS(true),
    /** O 是否重击楼板 */
    FLOOR_SLABS_HAMMERED(true),
    /** P 墙面和地面刨槽深度是否超过5厘米 */
    GROOVES_TOO_DEEP(true),
    /** Q 是否在室内用红砖重新砌墙做隔断 */
    BRICK_PARTITIONS(true),
    /** R 是否违章安装空调 */
    AIR_CONDITIONERS(true),
    /** S 是否破坏外墙面 */
    FACADE(true),
    /** T 是否拆改原有室内总配电箱 */
    DISTRIBUTION_BOX(true),
    /** U 下水管道检查口外露（提醒） */
    DRAIN_INSPECTION_OPENING(false),
    /** V 卫生间天棚扣板预留检查口（提醒） */
    CEILING_INSPECTION_OPENING(false),
    /** W 是否将室内排烟、风道伸出窗外 */
    FLUES_OUT_OF_WINDOWS(true),
    /** X 改变排烟、风道原有口将造成炝烟和返味（提醒） */
    FLUE_OPENINGS_REMINDER(false),
    /** Y 二次防水后试水（提醒） */
    WATERPROOFING_TEST(false),
    /** Z 装修垃圾清运到指定地点 */
    DEBRIS(true);

    private final boolean violation;

    PatrolItem(boolean violation) {
        this.violation = violation;
    }

    /** Whether failing this item is a violation (R3.4) rather than a reminder. */
    public boolean violation() {
        return violation;
    }

    /** The item's letter on the printed checklist, A–Z. */
    public char letter() {
        return (char) ('A' + ordinal());
    }
}
