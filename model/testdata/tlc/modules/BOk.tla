---- MODULE BOk ----
EXTENDS BBad2
====
