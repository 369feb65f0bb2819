# Refuge — two commands on a fresh Debian 12 machine:
#   make run    install what is missing, build, serve on http://127.0.0.1:8080 (data in ./refuge-data)
#   make test   install, build, run unit, integration, sanitizer, fuzz and browser tests
JOBS ?= $(shell nproc)
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 10
CMAKE_FLAGS ?=

.PHONY: run test deps test-deps build build-asan build-fuzz unit integration e2e sanitize fuzz bench clean

run: deps
	$(MAKE) build CMAKE_FLAGS="-DREFUGE_TESTS=OFF"
	$(BUILD)/refuge serve --bind 127.0.0.1 --port 8080 --data-dir ./refuge-data

test: test-deps
	$(MAKE) build CMAKE_FLAGS="-DREFUGE_WERROR=ON"
	$(MAKE) unit integration
	$(MAKE) sanitize
	$(MAKE) fuzz
	$(MAKE) e2e
	@echo "make test: all suites passed"

deps:
	scripts/install-deps

test-deps:
	scripts/install-deps --test

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

unit:
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

integration:
	REFUGE_BIN=$(abspath $(BUILD))/refuge node --test tests/integration/

e2e:
	REFUGE_BIN=$(abspath $(BUILD))/refuge node tests/e2e/run.mjs

# Unit and integration tests again under AddressSanitizer + UndefinedBehaviorSanitizer.
sanitize:
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DREFUGE_WERROR=ON -DREFUGE_SANITIZE=ON >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)
	REFUGE_BIN=$(abspath $(ASAN_BUILD))/refuge REFUGE_SLOW=1 node --test tests/integration/

# libFuzzer over the request, form, cookie and JSON decoding paths, bounded in time.
fuzz:
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DREFUGE_FUZZ=ON -DREFUGE_TESTS=OFF >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	scripts/run-fuzzers $(FUZZ_BUILD) $(FUZZ_SECONDS)

bench: test-deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DREFUGE_BENCH=ON >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	bench/http.sh $(BUILD)/refuge
	bench/score.sh $(BUILD)/refuge

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
