package cn.chia.governance.register;

import cn.chia.governance.charter.Words;

/**
 * The register refuses a change whose resolution the minutes do not hold as decided on that very case
 * (made up, of another case or matter, or with another outcome). Nothing is written. The message is the
 * Chinese sentence followed by the English one.
 */
public class ResolutionRefused extends IllegalArgumentException implements Words.Said {

    private static final long serialVersionUID = 1L;

    private final transient Words words;

    public ResolutionRefused(String chinese, String english) {
        super(chinese + " " + english);
        this.words = new Words(chinese, english);
    }

    @Override
    public Words words() {
        return words;
    }
}
