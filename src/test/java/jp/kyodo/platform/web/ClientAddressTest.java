package jp.kyodo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  @Test
  void theAddressTheProxyAddedCountsNotTheOneTheClientClaimed() {
    // nginx's $proxy_add_x_forwarded_for: one line, the proxy's entry last
    assertEquals("203.0.113.7", ClientAddress.lastAddress(List.of("10.9.9.9, 203.0.113.7")));
    // HAProxy's option forwardfor: a line of its own after the client's
    assertEquals("203.0.113.7", ClientAddress.lastAddress(List.of("10.9.9.9", "203.0.113.7")));
    // a proxy that overwrites: the only address
    assertEquals("203.0.113.7", ClientAddress.lastAddress(List.of(" 203.0.113.7 ")));
  }

  @Test
  void anEmptyHeaderNamesNobody() {
    assertNull(ClientAddress.lastAddress(List.of()));
    assertNull(ClientAddress.lastAddress(List.of(" ", ",")));
    assertEquals("198.51.100.1", ClientAddress.lastAddress(List.of("198.51.100.1, ")));
  }
}
