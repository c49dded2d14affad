---- MODULE LabelsComment ----
EXTENDS Naturals
(* --algorithm PC1
variables y = 0;
begin
  \* we process the value here
  y := y + 1;
end algorithm; *)
\* BEGIN TRANSLATION
VARIABLES y, pc
vars == << y, pc >>
Init == /\ y = 0
        /\ pc = "Lbl_1"
Lbl_1 == /\ pc = "Lbl_1"
         /\ y' = y + 1
         /\ pc' = "Done"
Terminating == pc = "Done" /\ UNCHANGED vars
Next == Lbl_1 \/ Terminating
Spec == Init /\ [][Next]_vars
\* END TRANSLATION
====
