sed -i "s/\"public_levels\": \[\"county\", \"municipality\", \"school\"\]/\"public_levels\": [\"county\", \"municipality\", \"school\"],/" project.json
