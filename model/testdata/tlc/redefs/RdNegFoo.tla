---- MODULE RdNegFoo ----
EXTENDS Naturals
-. a == 100 - a
====
