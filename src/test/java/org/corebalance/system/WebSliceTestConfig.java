package org.corebalance.system;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What a {@code @WebMvcTest} of any module needs from the frame: settings, clock, security, layout data, jte views. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoreBalanceProperties.class)
@ImportAutoConfiguration(JteAutoConfiguration.class)
@Import({ClockConfig.class, SecurityConfig.class, SiteViews.class, SiteModelAdvice.class, ErrorPages.class})
public class WebSliceTestConfig {
}
