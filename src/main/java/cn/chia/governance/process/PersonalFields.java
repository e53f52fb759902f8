package cn.chia.governance.process;

import java.util.List;

/**
 * The start variables of a procedure that carry a person's identity document number or telephone number: the engine
 * never keeps them in full ({@link PersonalDataAtStart}). A procedure declares its own as a Spring bean.
 *
 * @param processKey the procedure's process key
 * @param identityNumbers the variables of an identity document number, the one the case keeps first
 * @param phones the variables of a telephone number, the one the case keeps first
 */
public record PersonalFields(String processKey, List<String> identityNumbers, List<String> phones) {

    public PersonalFields {
        identityNumbers = List.copyOf(identityNumbers);
        phones = List.copyOf(phones);
    }
}
