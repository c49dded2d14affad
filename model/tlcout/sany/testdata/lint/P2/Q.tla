---- MODULE Q ----
qq == 1
LOCAL lq == 2
rq == [qq |-> "a"]
====
