---- MODULE BBad2 ----
s2 == "not closed
====
