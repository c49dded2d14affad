---- MODULE SimSpecInst ----
\* The SPECIFICATION is SimSpecInstM's Spec, written in an instance with
\* (implicit) substitutions: TLC makes all of Next one action, "Action"
\* at the INSTANCE statement, and names the initial states by Init there.
CONSTANT Max
VARIABLE x
INSTANCE SimSpecInstM
====
