package cn.chia.governance.charter;

import java.util.Locale;

/**
 * A person as the rosters know one: the same person across rosters (an executive director on the Council's roster,
 * a director on the next term's roster, someone twice on one roster) has the same membership number when both
 * entries carry one, else the same name and organisation, ignoring case, surrounding spaces and repeated spaces.
 * Two entries with different membership numbers are different people, whatever their names.
 */
public record Person(String name, String organisation, String membershipNumber) {

    public boolean isSameAs(Person other) {
        if (present(membershipNumber) && present(other.membershipNumber)) {
            return normal(membershipNumber).equals(normal(other.membershipNumber));
        }
        return present(name) && present(organisation) && normal(name).equals(normal(other.name))
                && normal(organisation).equals(normal(other.organisation));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String normal(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
