package cn.chia.governance.web;

import java.io.IOException;

import org.springframework.boot.jackson.JsonComponent;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import cn.chia.governance.charter.Language;

/** A language reads in every answer of the API as it is stored with a case: "zh" or "en". */
@JsonComponent
class LanguageJson extends JsonSerializer<Language> {

    @Override
    public void serialize(Language language, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeString(language.code());
    }
}
