---- MODULE NoLabel ----
\* SANY: "Cannot find label `nolab'" at the selector.
Op == lab:: TRUE
ASSUME Op!nolab
====
