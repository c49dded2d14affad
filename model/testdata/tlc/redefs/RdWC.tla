---- MODULE RdWC ----
Bar == 3
====
