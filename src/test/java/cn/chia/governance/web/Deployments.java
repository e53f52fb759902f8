package cn.chia.governance.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A BPMN file uploaded to /engine-rest/deployment/create as Camunda Modeler does (multipart form). */
final class Deployments {

    private Deployments() {
    }

    static Http.Answer upload(Http client, String name, String fileName, String content) throws Exception {
        String boundary = "----governance" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-source\"\r\n\r\ntest\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return client.send("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
