package org.corebalance.membership;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Membership's part of the one web slice context: its web rules as they are, its services as mocks (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import(MembershipWebRules.class)
public class MembershipSliceBeans {

    @Bean
    StaffAccounts staffAccounts() {
        return sliceMock(StaffAccounts.class);
    }

    @Bean
    StaffInvitations staffInvitations() {
        return sliceMock(StaffInvitations.class);
    }

    @Bean
    PasswordReset passwordReset() {
        return sliceMock(PasswordReset.class);
    }
}
