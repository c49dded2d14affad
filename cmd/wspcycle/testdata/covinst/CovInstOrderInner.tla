---- MODULE CovInstOrderInner ----
\* The module CovInstOrder instantiates: Next reads each variable and
\* constant a different number of times (phase 1, incoming 2, outgoing 3,
\* mailbox 4, Nodes 5, Edges 6), which tells the substitutions apart.
EXTENDS Naturals, FiniteSets
CONSTANT Nodes, Edges
VARIABLES phase, incoming, outgoing, mailbox
Init == phase = 0 /\ incoming = 0 /\ outgoing = 0 /\ mailbox = 0
Next == /\ phase' = phase
        /\ incoming' = incoming + incoming
        /\ outgoing' = outgoing + outgoing + outgoing
        /\ mailbox' = mailbox + mailbox + mailbox + mailbox
        /\ Cardinality(Nodes) + Cardinality(Nodes) + Cardinality(Nodes) + Cardinality(Nodes) + Cardinality(Nodes) >= 0
        /\ Edges + Edges + Edges + Edges + Edges + Edges >= 0
====
