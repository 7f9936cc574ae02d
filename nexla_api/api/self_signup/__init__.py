# generated from spec/ by generator — do not edit
"""Contains endpoint functions for accessing the API"""
