---- MODULE BagsHelper ----
EXTENDS Sequences, FiniteSets, Naturals
====
