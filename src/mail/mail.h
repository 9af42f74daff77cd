// mail: delivering each class's PDF report to its contact teachers
// (`kfl mail`, data contract section 4 and OUT/mail/).
//
//   address.h       which addresses kfl will send to
//   mime.h          RFC 5322/2045/2047/2183/2231 messages with attachments
//   mail_plan.h     contacts.csv + units.csv + OUT/restricted -> one message per address
//   send_log.h      OUT/mail/sent.log: what was sent, so reruns send nothing twice
//   smtp_transport.h  the network: SMTP(S) via libcurl behind a small interface
//   mailer.h        the driver: write the .eml files, send, retry, log
//
// Only mailer, send_log and smtp_transport touch the outside (files, the
// network, the clock); they reach it through interfaces tests can fake.
#pragma once

#include "mail/address.h"
#include "mail/mail_plan.h"
#include "mail/mailer.h"
#include "mail/mime.h"
#include "mail/send_log.h"
#include "mail/smtp_transport.h"
