module github.com/wspcycle/wspcycle

go 1.26

require (
	github.com/anishathalye/porcupine v1.3.1
	github.com/cespare/xxhash/v2 v2.3.0
	github.com/qmuntal/stateless v1.7.2
	go.uber.org/goleak v1.3.0
	pgregory.net/rapid v1.3.0
)
