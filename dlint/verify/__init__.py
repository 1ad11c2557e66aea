"""`dlint verify`: build Dockerfiles offline with a real container engine and check what the rules claim.

The flow for one Dockerfile (:mod:`dlint.verify.runner`): lint it, check it
needs nothing from the network (:mod:`~dlint.verify.preflight`), build it
(:mod:`~dlint.verify.engine`), read the builder's output
(:mod:`~dlint.verify.build_log`, :mod:`~dlint.verify.steps`), rebuild a
private copy of what the build is sent (:mod:`~dlint.verify.build_context`)
to measure the cache (:mod:`~dlint.verify.cache_probe`), judge each claim
against the image (:mod:`~dlint.verify.claims`) and clean up, whichever way
the run ends.
:mod:`~dlint.verify.bootstrap` makes the local stand-in base images.
"""
