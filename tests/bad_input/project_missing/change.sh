rm project.json
