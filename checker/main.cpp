#include "checker/cli.hpp"

int main(int argc, char** argv) { return verity::checker::run_cli(argc, argv); }
