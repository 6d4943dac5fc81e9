package com.nordhost.clientarea.ui.config;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An idle session must end even while a forgotten tab is open: Vaadin's heartbeat keeps the HTTP session
 * alive unless {@code closeIdleSessions} is on, so the WAR's web.xml must switch it on.
 */
class IdleSessionConfigTest {

    @Test
    void heartbeats_do_not_keep_an_idle_session_alive() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
        NodeList params = webXml.getElementsByTagNameNS("*", "context-param");
        String closeIdleSessions = null;
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if ("closeIdleSessions".equals(text(param, "param-name"))) {
                closeIdleSessions = text(param, "param-value");
            }
        }
        assertThat(closeIdleSessions).as("closeIdleSessions context-param").isEqualTo("true");
        assertThat(webXml.getElementsByTagNameNS("*", "session-timeout").item(0).getTextContent().strip())
                .isEqualTo("30");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }
}
