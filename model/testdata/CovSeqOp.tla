---- MODULE CovSeqOp ----
\* The operator SelectSeq and SortSeq apply (a LAMBDA, a definition)
\* counts nothing: TLC applies it from Java without a CostModel.
EXTENDS Naturals, Sequences, TLC
VARIABLE q
Big(m) == m > 1
Init == q = <<1, 2, 3>>
Next == q' = Append(Tail(SortSeq(q, LAMBDA a, b: a < b)), Len(SelectSeq(q, Big)))
====
