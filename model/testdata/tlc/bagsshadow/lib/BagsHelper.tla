---- MODULE BagsHelper ----
EXTENDS Sequences, FiniteSets, Naturals
HelperSeven == 7
====
