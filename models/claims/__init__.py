"""The learned claims model (issue 16): a speaker scorer on frozen multilingual-e5 features.

``features`` turns a document into token vectors and speaker candidates, ``head`` is the small
torch scorer, ``backend`` the registered ``claims-e5`` backend the claims stage may call, and
``train`` reproduces the shipped head from ``models/training/claims``.
"""
