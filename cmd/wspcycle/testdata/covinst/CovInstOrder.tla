---- MODULE CovInstOrder ----
\* Six implicit substitutions (Nodes <- Nodes, ..., mailbox <- mailbox),
\* all located at the INSTANCE statement and told apart by their counts
\* (CovInstOrderInner): TLC lists them as SANY's SubstInNode holds them,
\* in the order of CovInstOrderInner's symbol table (a java.util.Hashtable):
\* incoming 2, Nodes 5, phase 1, Edges 6, outgoing 3, mailbox 4. Next is
\* enabled in the one state: each read counts once.
EXTENDS Integers
Nodes == 1 .. 5
Edges == 3
VARIABLES phase, incoming, outgoing, mailbox
INSTANCE CovInstOrderInner
====
