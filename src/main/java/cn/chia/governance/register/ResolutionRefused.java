package cn.chia.governance.register;

/**
 * The register refuses a change whose resolution the minutes do not hold as decided on that very case
 * (made up, of another case or matter, or with another outcome). Nothing is written. The message is the
 * Chinese sentence followed by the English one.
 */
public class ResolutionRefused extends RecordRefused {

    private static final long serialVersionUID = 1L;

    public ResolutionRefused(String chinese, String english) {
        super(chinese, english);
    }
}
