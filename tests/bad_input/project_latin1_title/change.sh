sed -i "s/Kultur for l\xc3\xa6ring\", \"nn\"/Kultur for l\xe6ring\", \"nn\"/" project.json
