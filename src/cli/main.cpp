// Placeholder until the command table lands.
int main() { return 0; }
