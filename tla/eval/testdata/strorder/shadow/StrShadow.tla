---- MODULE StrShadow ----
\* The Bags.tla beside this file stands for the standard module Bags (see
\* TestStringOrderShadow).
EXTENDS Bags, TLC
ASSUME PrintT({"Nat", "shadowname"})
====
