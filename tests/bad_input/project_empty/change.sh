: > project.json
