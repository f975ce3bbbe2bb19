-- Each message keeps one Message-ID across its attempts, so a copy sent again after an ambiguous
-- failure (a crash mid-send, a server's answer that came after the timeout) is recognisably the same
-- message. A message gets its id when a delivery pass first claims it, older ones included.
alter table mail_outbox add column message_id varchar(320);
