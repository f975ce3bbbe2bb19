package org.corebalance.contact;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The owner's inbox with the service mocked: unknown messages and actions, and who may open it. */
@WebSliceTest
class MessagesAdminControllerTests {

    private static final RequestPostProcessor OWNER = user("owner@example.org").roles("OWNER");

    @Autowired
    MockMvc mvc;
    @Autowired
    ContactService contact;

    @Test
    void anUnknownActionChangesNothing() throws Exception {
        mvc.perform(post("/admin/messages/5/explode").with(OWNER).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/messages/5/READ").with(OWNER).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/messages/five/archive").with(OWNER).with(csrf())).andExpect(status().isBadRequest());
        verify(contact, never()).setStatus(anyLong(), anyString());
    }

    @Test
    void anUnknownMessageIsNotFound() throws Exception {
        given(contact.open(999)).willReturn(Optional.empty());
        mvc.perform(get("/admin/messages/999").with(OWNER)).andExpect(status().isNotFound());
        given(contact.setStatus(999, "ARCHIVED")).willReturn(false);
        mvc.perform(post("/admin/messages/999/archive").with(OWNER).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void eachActionSetsItsStatusAndReturnsToTheBoxItCameFrom() throws Exception {
        given(contact.setStatus(5, "ARCHIVED")).willReturn(true);
        given(contact.setStatus(5, "UNREAD")).willReturn(true);
        given(contact.setStatus(5, "READ")).willReturn(true);
        mvc.perform(post("/admin/messages/5/archive").with(OWNER).with(csrf())).andExpect(redirectedUrl("/admin/messages"));
        mvc.perform(post("/admin/messages/5/unread").with(OWNER).with(csrf())).andExpect(redirectedUrl("/admin/messages"));
        mvc.perform(post("/admin/messages/5/restore").with(OWNER).with(csrf()))
                .andExpect(redirectedUrl("/admin/messages?box=archived"));
        verify(contact).setStatus(5, "ARCHIVED");
        verify(contact).setStatus(5, "UNREAD");
        verify(contact).setStatus(5, "READ");
    }

    @Test
    void onlyTheOwnerReadsMessages() throws Exception {
        var editor = user("editor@example.org").roles("EDITOR");
        mvc.perform(get("/admin/messages").with(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/messages/5").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/messages/5/archive").with(editor).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/messages")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verify(contact, never()).open(anyLong());
        verify(contact, never()).setStatus(anyLong(), anyString());
    }
}
