sed -i "s/\"languages\": \[\"nb\"\]/\"languages\": [\"nb\", \"se\"]/" project.json
