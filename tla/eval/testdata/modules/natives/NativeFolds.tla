---- MODULE NativeFolds ----
\* The folds as TLC evaluates them: with the CommunityModules' folder as
\* its library path (no compiled Java overrides) TLC evaluates the
\* modules' TLA+ definitions, which the stand-ins beside this file follow;
\* every ASSUME holds in TLC with the real modules (rev cc6b616). Cat is
\* not commutative, so each value records the order of the fold:
\* MapThenFoldSet puts the element its choose picks first outermost
\* (CHOOSE picks the first in TLC's order of values), FoldLeft folds from
\* the left, FoldRight from the right. (CommunityModules' Java overrides,
\* when on TLC's class path, fold a set the other way round: FoldSet(Cat,
\* <<>>, {3, 1, 2}) would be <<1, 2, 3>>.)
EXTENDS Naturals, Sequences, FiniteSetsExt, Functions, SequencesExt, Folds
Cat(x, acc) == acc \o <<x>>
ASSUME FoldSet(Cat, <<>>, {3, 1, 2}) = <<3, 2, 1>>
ASSUME FoldSet(LAMBDA x, acc : acc \o <<x>>, <<>>, 1..4) = <<4, 3, 2, 1>>
ASSUME ReduceSet(Cat, {5, 4, 6}, <<0>>) = <<0, 6, 5, 4>>
ASSUME FoldSet(Cat, <<>>, {<<2>>, <<1, 1>>, <<1>>}) = <<<<1, 1>>, <<2>>, <<1>>>>
ASSUME FoldSet(Cat, <<>>, {}) = <<>>
ASSUME FoldSet(+, 0, 1..100) = 5050
ASSUME FoldFunction(Cat, <<>>, [i \in {3, 1, 2} |-> 10 * i]) = <<30, 20, 10>>
ASSUME FoldFunctionOnSet(Cat, <<>>, <<7, 8, 9>>, {3, 1}) = <<9, 7>>
ASSUME FoldSeq(Cat, <<>>, <<7, 8, 9>>) = <<9, 8, 7>>
ASSUME FoldLeft(LAMBDA acc, x : acc \o <<x>>, <<>>, <<7, 8, 9>>) = <<7, 8, 9>>
ASSUME FoldRight(Cat, <<7, 8, 9>>, <<>>) = <<9, 8, 7>>
ASSUME MapThenFoldSet(Cat, <<>>, LAMBDA x : 2 * x, LAMBDA s : CHOOSE x \in s : TRUE, {1, 2, 3}) = <<6, 4, 2>>
ASSUME MapThenFoldSet(Cat, <<>>, LAMBDA x : x, LAMBDA s : CHOOSE x \in s : \A y \in s : x >= y, {1, 2, 3}) = <<1, 2, 3>>
====
