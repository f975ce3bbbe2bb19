package org.corebalance.membership;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The form behind an e-mailed link (a reset or an invitation), as the browser posts it, for the controllers' slice tests. */
final class NewPasswordForms {

    private NewPasswordForms() {
    }

    static MockHttpServletRequestBuilder post(String path, String token, String password, String confirmation) {
        return MockMvcRequestBuilders.post(path).param("token", token).param("password", password)
                .param("confirmation", confirmation).with(csrf());
    }
}
