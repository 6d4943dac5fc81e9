package com.nordhost.clientarea.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What each WAR's web.xml must say for idle sessions to end even while a forgotten tab is open: Vaadin's
 * heartbeat keeps the HTTP session alive unless {@code closeIdleSessions} is on.
 */
public final class IdleSessionSettings {

    private IdleSessionSettings() {
    }

    /** Checks the web.xml of the module under test (tests run in the module's folder). */
    public static void assertIdleSessionsCloseAfter(int minutes) throws Exception {
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
                .isEqualTo(Integer.toString(minutes));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }
}
