sed -i "2i\\  // Kultur for læring, Testfylke" project.json
