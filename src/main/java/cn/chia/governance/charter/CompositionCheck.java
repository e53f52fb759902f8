package cn.chia.governance.charter;

/** Whether a composition rule of the charter is satisfied, why (in Chinese and English), and which clause says so. */
public record CompositionCheck(boolean ok, Words why, String clause) {

    /** Why, in English: as the log and the register's warnings read it. */
    public String reason() {
        return why.en();
    }
}
