sed -i "s/\"public_levels\": \[\(.*\)\]$/\"public_levels\": [\1],/" project.json
