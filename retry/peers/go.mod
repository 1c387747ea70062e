module github.com/decifra/decifra/retry/peers

go 1.26

require (
	github.com/decifra/decifra v0.0.0
	github.com/failsafe-go/failsafe-go v0.9.7
	github.com/hashicorp/go-retryablehttp v0.7.8
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/bits-and-blooms/bitset v1.24.4 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/influxdata/tdigest v0.0.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)

replace github.com/decifra/decifra => ../..
